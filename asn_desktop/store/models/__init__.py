"""SQLAlchemy 2 typed models, one module per part of the cycle.

Every table that sync carries derives from ``Synced``; its rows have UUIDv7 string keys so that
rows made on different laptops never collide. Local-only tables (audit log, change log, meta)
do not.
"""

from asn_desktop.store.models.base import Base, Synced
from asn_desktop.store.models.competency import (
    FeedbackAnswer,
    FeedbackRater,
    FeedbackRound,
    PositionCompetency,
)
from asn_desktop.store.models.org import (
    ActingAssignment,
    Agency,
    AgencySetting,
    Employee,
    Position,
    Unit,
    User,
)
from asn_desktop.store.models.outreach import FollowUp, FollowUpSession, PublicFeedback
from asn_desktop.store.models.pki import SignedDocument, SigningIdentity, TrustAnchor
from asn_desktop.store.models.plan import (
    AppraisalPeriod,
    BehaviourExpectation,
    Indicator,
    Rhk,
    RoleMatrixEntry,
    Skp,
)
from asn_desktop.store.models.sync import (
    BundleSeen,
    RemoteAuditEvent,
    RowOwner,
    SecurityEvent,
    SyncConflict,
    SyncPending,
    SyncQuarantine,
)
from asn_desktop.store.models.system import AuditEvent, ChangeBatch, ChangeLog, EvidenceVerdict, Meta
from asn_desktop.store.models.trust import Device, LegacyAttestation
from asn_desktop.store.models.work import (
    Assessment,
    Evidence,
    Feedback,
    MeetingParticipant,
    Objection,
    OrgPredikat,
    OrgPredikatPeriod,
    PastPredikat,
    Realisation,
    ReviewMeeting,
)
from asn_desktop.store.models.worklog import WorklogComment, WorklogEntry

__all__ = [
    "ActingAssignment",
    "Agency",
    "AgencySetting",
    "AppraisalPeriod",
    "Assessment",
    "AuditEvent",
    "Base",
    "BehaviourExpectation",
    "BundleSeen",
    "ChangeBatch",
    "ChangeLog",
    "Device",
    "Employee",
    "Evidence",
    "EvidenceVerdict",
    "Feedback",
    "FeedbackAnswer",
    "FeedbackRater",
    "FeedbackRound",
    "FollowUp",
    "FollowUpSession",
    "Indicator",
    "LegacyAttestation",
    "MeetingParticipant",
    "Meta",
    "Objection",
    "OrgPredikat",
    "OrgPredikatPeriod",
    "PastPredikat",
    "Position",
    "PositionCompetency",
    "PublicFeedback",
    "Realisation",
    "RemoteAuditEvent",
    "ReviewMeeting",
    "Rhk",
    "RoleMatrixEntry",
    "RowOwner",
    "SecurityEvent",
    "SignedDocument",
    "SigningIdentity",
    "Skp",
    "SyncConflict",
    "SyncPending",
    "SyncQuarantine",
    "Synced",
    "TrustAnchor",
    "Unit",
    "User",
    "WorklogComment",
    "WorklogEntry",
]
