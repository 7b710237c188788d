// Progressive enhancement only: pages work without this script.
// On the ingest form: show upload progress, then show the analysed article.
(function () {
  var form = document.getElementById("ingest");
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var bar = document.getElementById("progress"), label = document.getElementById("progress-text");
    bar.hidden = false; label.hidden = false; bar.removeAttribute("value");
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { bar.max = e.total; bar.value = e.loaded; }
    };
    xhr.upload.onload = function () { bar.removeAttribute("value"); };  // uploaded: now analysing
    xhr.onload = function () {
      document.open(); document.write(xhr.responseText); document.close();
      history.replaceState(null, "", form.action);
    };
    xhr.onerror = function () { bar.hidden = true; label.textContent = "network error"; };
    xhr.send(new FormData(form));
  });
})();
