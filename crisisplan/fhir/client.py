"""Sending a plan to a FHIR server with httpx: conditional updates on the plan's identifier, so a
re-push updates the server's copy instead of making a second one.

    PUT [base]/Bundle?identifier=<plan system>|<plan id>              the document Bundle
    PUT [base]/Binary/<id>                                            the A4 summary PDF (when given)
    PUT [base]/DocumentReference?identifier=<plan system>|<plan id>   the NRL-shaped pointer

Errors say plainly what happened: `PushError.retryable` is True when the server could not be
reached, timed out or failed on its side (5xx), False when it refused the content (4xx)."""

from __future__ import annotations

import base64
import json
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.documentreference import DocumentReference

from crisisplan.fhir.codes import PLAN_ID_SYSTEM

FHIR_JSON = "application/fhir+json"
HEADERS = {"Content-Type": FHIR_JSON, "Accept": FHIR_JSON}
MAX_RESPONSE_BYTES = 1024 * 1024
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


class PushError(Exception):
    def __init__(self, message: str, *, retryable: bool) -> None:
        super().__init__(message)
        self.retryable = retryable


@dataclass(frozen=True)
class Stored:
    resource_id: str
    version: str | None
    created: bool


def check_server(server: str) -> str:
    """The server's base URL without a trailing slash; https required except on this computer."""
    parts = urlsplit(server)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise ValueError("The FHIR server must be a base URL such as https://fhir.example.nhs.uk/R4.")
    if parts.scheme == "http" and parts.hostname not in _LOCAL_HOSTS:
        raise ValueError("The FHIR server must use https (plain http is allowed only on this computer).")
    return server.rstrip("/")


def server_name(server: str) -> str:
    return urlsplit(server).netloc


def _outcome_text(response: httpx.Response) -> str:
    try:
        body = json.loads(response.content[:MAX_RESPONSE_BYTES])
    except ValueError:
        return ""
    if not isinstance(body, dict) or body.get("resourceType") != "OperationOutcome":
        return ""
    texts = []
    for issue in body.get("issue") or []:
        if isinstance(issue, dict):
            text = issue.get("diagnostics") or (issue.get("details") or {}).get("text") or issue.get("code")
            if isinstance(text, str):
                texts.append(text[:300])
    return "; ".join(texts[:5])


def _stored(response: httpx.Response, what: str) -> Stored:
    if response.status_code not in (200, 201):
        detail = _outcome_text(response)
        retryable = response.status_code >= 500 or response.status_code in (408, 429)
        message = f"The FHIR server refused the {what} (HTTP {response.status_code})"
        if response.status_code == 412:
            message += ": more than one copy of this plan is on the server; ask its administrator to merge them"
        raise PushError(message + (f": {detail}" if detail else "."), retryable=retryable)
    resource_id, version = "", None
    try:
        body = json.loads(response.content[:MAX_RESPONSE_BYTES])
        resource_id = str(body.get("id", ""))
        version = (body.get("meta") or {}).get("versionId")
    except (ValueError, AttributeError):
        pass
    location = response.headers.get("location") or response.headers.get("content-location") or ""
    if not resource_id and location:
        segments = urlsplit(location).path.rstrip("/").split("/")
        resource_id = segments[segments.index("_history") - 1] if "_history" in segments else segments[-1]
    return Stored(resource_id, version, response.status_code == 201)


class FhirClient:
    def __init__(self, server: str, *, timeout: float = 10.0, transport: httpx.BaseTransport | None = None) -> None:
        self.base = check_server(server)
        # The operating system's trust store (not certifi's list), so a trust's own CA is honoured.
        self._http = httpx.Client(timeout=timeout, transport=transport, headers=HEADERS, follow_redirects=False,
                                  verify=ssl.create_default_context())

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> FhirClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _put(self, path: str, body: str, what: str, params: dict[str, str] | None = None) -> Stored:
        try:
            with self._http.stream("PUT", f"{self.base}/{path}", content=body.encode("utf-8"),
                                   params=params) as streamed:
                content = bytearray()
                for chunk in streamed.iter_bytes():  # a server's answer is outside input: bounded
                    content += chunk[:MAX_RESPONSE_BYTES + 1 - len(content)]
                    if len(content) > MAX_RESPONSE_BYTES:
                        break
                response = httpx.Response(streamed.status_code, headers=streamed.headers, content=bytes(content))
        except httpx.TimeoutException:
            raise PushError(f"The FHIR server did not answer in time while sending the {what}; "
                            "it has been kept to send later.", retryable=True) from None
        except httpx.TransportError:
            raise PushError(f"Could not reach the FHIR server at {server_name(self.base)} (offline, or the "
                            "server is down); the plan has been kept to send later.", retryable=True) from None
        return _stored(response, what)

    def put_bundle(self, bundle: Bundle | str, identifier: str) -> Stored:
        """PUT the Bundle (or its JSON text, when the caller already has it) conditionally."""
        text = bundle if isinstance(bundle, str) else bundle.model_dump_json()
        return self._put("Bundle", text, "plan",
                         {"identifier": f"{PLAN_ID_SYSTEM}|{identifier}"})

    def put_pdf(self, binary_id: str, pdf: bytes) -> Stored:
        body = json.dumps({"resourceType": "Binary", "id": binary_id, "contentType": "application/pdf",
                           "data": base64.b64encode(pdf).decode()})
        return self._put(f"Binary/{binary_id}", body, "summary PDF")

    def put_pointer(self, pointer: DocumentReference, identifier: str) -> Stored:
        return self._put("DocumentReference", pointer.model_dump_json(), "document pointer",
                         {"identifier": f"{PLAN_ID_SYSTEM}|{identifier}"})
