from cases.models.actions import (
    CaseAction,
    CaseActionTotals,
    Erasure,
    LetterSent,
    MessageStatus,
    OfflineActions,
    PetitionSignature,
    SignatureEmail,
    SolidarityMessage,
    consent_version,
    email_index,
    normalise_email,
)
from cases.models.pages import (
    CampaignPage,
    CasePage,
    CasePageTheme,
    SuccessStoryPage,
    Theme,
)
from cases.models.status import CaseStatus, Person, SuccessStoryOutcome
from cases.models.updates import CaseUpdateMailing

__all__ = [
    "CampaignPage",
    "CaseAction",
    "CaseActionTotals",
    "CasePage",
    "CasePageTheme",
    "CaseStatus",
    "CaseUpdateMailing",
    "Erasure",
    "LetterSent",
    "MessageStatus",
    "OfflineActions",
    "Person",
    "PetitionSignature",
    "SignatureEmail",
    "SolidarityMessage",
    "SuccessStoryOutcome",
    "SuccessStoryPage",
    "Theme",
    "consent_version",
    "email_index",
    "normalise_email",
]
