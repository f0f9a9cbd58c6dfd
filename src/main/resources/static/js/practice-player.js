// The practice player's keyboard shortcuts and countdown. Everything also works without this file: the
// question form posts and the server decides; the countdown only shows the seconds the server gave.
(function () {
    var form = document.getElementById("question-form");
    if (!form) {
        return;
    }

    // Navigation lands on the question heading (or the tutor's feedback), so focus follows the page.
    var target = location.hash ? document.getElementById(location.hash.substring(1)) : null;
    if (target && target.hasAttribute("tabindex")) {
        target.focus();
    }

    function send(buttonId) {
        var button = document.getElementById(buttonId);
        if (button && !button.disabled) {
            form.requestSubmit(button);
        }
    }

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
            return;
        }
        var field = event.target;
        if (field && (field.tagName === "TEXTAREA" || field.tagName === "SELECT"
                || (field.tagName === "INPUT" && field.type !== "radio" && field.type !== "checkbox"))) {
            return;
        }
        var key = event.key.toLowerCase();
        if (key === "n") {
            event.preventDefault();
            send("next");
            return;
        }
        if (key === "p") {
            event.preventDefault();
            send("previous");
            return;
        }
        if (key === "f") { // F flags; the sixth option is 6
            event.preventDefault();
            var flag = document.getElementById("flag");
            flag.checked = !flag.checked;
            send("save");
            return;
        }
        var place = "12345678".indexOf(key);
        if (place < 0 && key.length === 1) {
            place = "abcdefgh".indexOf(key);
        }
        if (place < 0) {
            return;
        }
        var option = document.getElementById("option-" + place);
        if (option && !option.disabled) {
            event.preventDefault();
            option.checked = true;
            send("save");
        }
    });

    // The countdown starts from the seconds the server sent and reloads when they are gone; the server then
    // shows the results. The device's clock is never read, only the time elapsed since the page loaded.
    var timer = document.getElementById("timer");
    if (timer) {
        var alert = document.getElementById("timer-alert");
        var end = performance.now() + Number(timer.getAttribute("data-seconds-left")) * 1000;
        var tick = function () {
            var left = Math.max(0, Math.round((end - performance.now()) / 1000));
            var seconds = left % 60;
            timer.textContent = Math.floor(left / 60) + ":" + (seconds < 10 ? "0" : "") + seconds;
            if (left === 60 || left === 10) {
                alert.textContent = left + " seconds left.";
            }
            if (left === 0) {
                alert.textContent = "Time is up.";
                location.reload();
                return;
            }
            setTimeout(tick, 1000);
        };
        tick();
    }
}());
