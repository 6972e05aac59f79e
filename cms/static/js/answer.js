// The answer to an action (the thanks, or what to correct) takes the focus when its page opens,
// so that a screen reader reads it first and the keyboard starts from it. Without JavaScript
// the form's address ends in #answer, which scrolls to it.
document.querySelector("[data-focus-on-load]")?.focus();
