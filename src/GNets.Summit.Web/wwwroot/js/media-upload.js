// Media library uploads with a progress bar per file. Without this script the form posts all files
// at once and the page that comes back lists what was stored and what was refused.
(function () {
  'use strict';
  var form = document.querySelector('form[data-media-upload]');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }

  var input = form.querySelector('input[type=file]');
  var list = form.querySelector('.upload-progress');

  function sendOne(file, done) {
    var data = new FormData(form);
    data.delete('Files');
    data.append('Files', file, file.name);
    var item = document.createElement('li');
    var label = document.createElement('span');
    var bar = document.createElement('progress');
    var message = document.createElement('span');
    label.textContent = file.name + ' ';
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', 'Uploading ' + file.name);
    item.append(label, bar, message);
    list.appendChild(item);

    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(e.loaded / e.total * 100);
      }
    });
    xhr.addEventListener('load', function () {
      var answer = null;
      try { answer = JSON.parse(xhr.responseText); } catch (ignored) { answer = null; }
      var ok = xhr.status >= 200 && xhr.status < 300;
      bar.value = 100;
      message.textContent = ok ? ' Uploaded.' : ' ' + (answer && answer.errors ? answer.errors.join(' ') : 'The upload failed (' + xhr.status + ').');
      item.className = ok ? 'is-done' : 'is-error';
      done(ok);
    });
    xhr.addEventListener('error', function () {
      message.textContent = ' The upload failed; check the connection and try again.';
      item.className = 'is-error';
      done(false);
    });
    xhr.send(data);
  }

  form.addEventListener('submit', function (event) {
    var files = Array.prototype.slice.call(input.files || []);
    if (files.length === 0) {
      return; // the server says what is missing
    }

    event.preventDefault();
    list.hidden = false;
    list.textContent = '';
    var failures = 0;
    var next = function (index) {
      if (index >= files.length) {
        if (failures === 0) {
          window.location.assign(form.action.replace(/\/upload$/, ''));
        }
        return;
      }
      sendOne(files[index], function (ok) {
        failures += ok ? 0 : 1;
        next(index + 1);
      });
    };
    next(0);
  });
}());
