// The translation editor writes translations in their own language's direction: an Arabic
// segment is typed right to left, with its punctuation where Arabic puts it. The editor is
// drawn by wagtail-localize's React code, so its text areas get their `dir` and `lang` as they
// appear.
(function () {
    "use strict";
    var marker = document.querySelector("[data-translation-direction]");
    var editor = document.querySelector(".js-translation-editor");
    if (!marker || !editor) {
        return;
    }
    var direction = marker.dataset.translationDirection;
    var language = marker.dataset.translationLanguage;
    editor.dataset.targetDirection = direction;

    function mark(root) {
        root.querySelectorAll("textarea:not([dir])").forEach(function (area) {
            area.dir = direction;
            area.lang = language;
        });
    }
    mark(editor);
    new MutationObserver(function () {
        mark(editor);
    }).observe(editor, { childList: true, subtree: true });
})();
