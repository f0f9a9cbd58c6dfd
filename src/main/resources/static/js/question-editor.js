// The question editor: add and remove option rows (2 to 8, lettered A-H), and offer only the concepts of
// the chosen theme. Without this script the form still works with its four blank rows and all concepts.
(function () {
    var form = document.getElementById("question-form");
    if (!form) {
        return;
    }
    var rows = document.getElementById("option-rows");
    var add = document.getElementById("add-option");
    var letters = "ABCDEFGH";

    function changed() {
        form.dispatchEvent(new Event("options-changed"));
    }

    function renumber() {
        var items = rows.querySelectorAll(".option-row");
        items.forEach(function (row, index) {
            var letter = letters.charAt(index);
            row.querySelector(".option-letter").textContent = letter;
            var text = row.querySelector("textarea");
            text.id = "option-" + index;
            var label = row.querySelector("label.visually-hidden");
            label.setAttribute("for", text.id);
            label.textContent = "Option " + letter;
            row.querySelector("input[type=radio]").value = String(index);
            row.querySelector(".remove-option .visually-hidden").textContent = " option " + letter;
            row.querySelector(".remove-option").disabled = items.length <= 2;
        });
        add.hidden = items.length >= 8;
    }

    add.addEventListener("click", function () {
        var last = rows.querySelector(".option-row:last-child");
        var copy = last.cloneNode(true);
        copy.querySelector("textarea").value = "";
        copy.querySelector("input[type=radio]").checked = false;
        rows.appendChild(copy);
        renumber();
        copy.querySelector("textarea").focus();
        changed();
    });

    rows.addEventListener("click", function (event) {
        var button = event.target.closest("[data-remove-option]");
        if (!button || rows.children.length <= 2) {
            return;
        }
        var row = button.closest(".option-row");
        var next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        renumber();
        next.querySelector("textarea").focus();
        changed();
    });

    var theme = form.querySelector("[data-theme-select]");
    function showConcepts() {
        var any = false;
        form.querySelectorAll("[data-concepts-of]").forEach(function (group) {
            var mine = group.getAttribute("data-concepts-of") === theme.value;
            group.hidden = !mine;
            any = any || mine;
            group.querySelectorAll("input").forEach(function (box) {
                box.disabled = !mine;
                if (!mine) {
                    box.checked = false;
                }
            });
        });
        var none = form.querySelector("[data-no-concepts]");
        none.textContent = any ? "" : "The chosen theme has no concepts.";
        none.hidden = any;
    }
    theme.addEventListener("change", showConcepts);

    showConcepts();
    renumber();
})();
