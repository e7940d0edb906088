"""The recipients and default items of the active local protocol, for the consent page."""

from __future__ import annotations

from crisisplan.forms.consent import KNOWN_RECIPIENTS
from crisisplan.services.errors import ProtocolError, ServiceError, StoreError
from crisisplan.services.protocols import active_protocol
from crisisplan.services.session import Session
from crisisplan.ui.editor.pages import SharingContext


def sharing_context(session: Session) -> SharingContext:
    """Recipients (key -> label) and what the protocol sends each; without a readable protocol, the
    recipients every protocol knows, with nothing marked as sent by default."""
    try:
        protocol = active_protocol(session)
    except (ServiceError, StoreError, ProtocolError):
        return SharingContext(dict(KNOWN_RECIPIENTS), {})
    recipients = {key: recipient.display_name for key, recipient in protocol.recipients.items()}
    granted = {key: protocol.default_items(key) for key in protocol.recipients}
    return SharingContext(recipients, granted)
