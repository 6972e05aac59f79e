// Progressive enhancement of the share block: a button that copies the page's link.
// Without JavaScript the link stays in its read-only field, ready to copy by hand.
document.querySelectorAll("[data-copy-link]").forEach((button) => {
    if (!navigator.clipboard) {
        return;
    }
    const field = document.getElementById(button.dataset.copyLink);
    const status = document.getElementById(button.getAttribute("aria-describedby"));
    button.hidden = false;
    button.addEventListener("click", async () => {
        await navigator.clipboard.writeText(field.value);
        status.textContent = button.dataset.copiedText;
    });
});
