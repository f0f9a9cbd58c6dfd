// Requests htmx sends carry the page's CSRF token in the header Spring Security reads,
// as forms carry it in a hidden field.
document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header && token.content) {
        event.detail.headers[header.content] = token.content;
    }
});
