// Keeps a case page's counts fresh while it is open: the page itself may come from a shared
// cache for a few minutes, the counts endpoint for a second (cases.views.COUNTS_SHARED_MAX_AGE).
// Read every three seconds, a new action shows within four, and five at the very most.
const REFRESH_MILLISECONDS = 3000;

document.querySelectorAll("[data-live-counts]").forEach((container) => {
    const url = container.dataset.liveCounts;
    let timer = null;

    async function refresh() {
        try {
            const response = await fetch(url, { credentials: "omit" });
            if (response.ok) {
                const counts = await response.json();
                container.querySelectorAll("[data-live-count]").forEach((element) => {
                    const value = counts[element.dataset.liveCount];
                    if (value === undefined) {
                        return;
                    }
                    if (element.tagName === "PROGRESS") {
                        element.value = value;
                    } else {
                        element.innerHTML = value;
                    }
                });
            }
        } finally {
            schedule();
        }
    }

    function schedule() {
        clearTimeout(timer);
        if (document.visibilityState === "visible") {
            timer = setTimeout(refresh, REFRESH_MILLISECONDS);
        }
    }

    document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") {
            refresh();
        } else {
            clearTimeout(timer);
        }
    });
    refresh();
});
