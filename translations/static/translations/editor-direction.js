// The translation editor writes translations in their own language's direction: an Arabic
// segment is typed right to left, with its punctuation where Arabic puts it. The editor is
// drawn by wagtail-localize's React code, so its text areas get their `dir` and `lang` as they
// appear.
document.addEventListener("DOMContentLoaded", function () {
    "use strict";
    var marker = document.querySelector("[data-translation-direction]");
    var editor = document.querySelector(".js-translation-editor");
    if (!marker || !editor) {
        return;
    }
    var direction = marker.dataset.translationDirection;
    var language = marker.dataset.translationLanguage;
    editor.dataset.targetDirection = direction;

    // The editor's heading is written in English in its code ("Français to العربية
    // translation"); it is replaced by the same words in the admin's language.
    var heading = marker.dataset.translationHeading;
    var translatedHeading = marker.dataset.translatedHeading;

    function mark(root) {
        var texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (texts.nextNode()) {
            if (texts.currentNode.nodeValue.trim() === heading) {
                texts.currentNode.nodeValue = translatedHeading;
            }
        }
        root.querySelectorAll("textarea:not([dir])").forEach(function (area) {
            area.dir = direction;
            area.lang = language;
        });
    }
    mark(editor);
    new MutationObserver(function () {
        mark(editor);
    }).observe(editor, { childList: true, subtree: true });
});
