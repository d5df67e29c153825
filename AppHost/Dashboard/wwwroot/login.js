// A login page reached with ?t= was given a wrong token.
if (new URLSearchParams(location.search).has("t")) {
  document.getElementById("login-error").hidden = false;
}
