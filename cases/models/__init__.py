from cases.models.actions import (
    CaseAction,
    CaseActionTotals,
    LetterSent,
    MessageStatus,
    OfflineActions,
    PetitionSignature,
    SolidarityMessage,
    consent_version,
    normalise_email,
)
from cases.models.pages import (
    CampaignPage,
    CasePage,
    CasePageTheme,
    CaseStatus,
    SuccessStoryOutcome,
    SuccessStoryPage,
    Theme,
)

__all__ = [
    "CampaignPage",
    "CaseAction",
    "CaseActionTotals",
    "CasePage",
    "CasePageTheme",
    "CaseStatus",
    "LetterSent",
    "MessageStatus",
    "OfflineActions",
    "PetitionSignature",
    "SolidarityMessage",
    "SuccessStoryOutcome",
    "SuccessStoryPage",
    "Theme",
    "consent_version",
    "normalise_email",
]
