"""A FHIR R4 (R4B) REST server for the tests, built on fhirstarter (FastAPI) with SQLite storage,
served by uvicorn on 127.0.0.1 in a thread that a test can stop and start again.

fhirstarter provides create, read, update (PUT with an id) and search-type routes from the
handlers below; conditional update (`PUT [type]?identifier=system|value`), which fhirstarter does
not route, is added as two plain FastAPI routes with the FHIR semantics: no match creates (201),
one match updates (200, new version), several matches give 412."""


import json
import os
import socket
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("FHIR_SEQUENCE", "R4B")

import uvicorn
from fastapi import Request
from fastapi.responses import JSONResponse
from fhir.resources.R4B.binary import Binary
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.documentreference import DocumentReference
from fhirstarter import FHIRProvider, FHIRStarter, InteractionContext
from fhirstarter.exceptions import FHIRResourceNotFoundError
from pydantic import ValidationError

MODELS: dict[str, Any] = {"Bundle": Bundle, "DocumentReference": DocumentReference, "Binary": Binary}


class Storage:
    """Every version of every resource, in SQLite (a file, so it outlives a server restart)."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._db.executescript(
            "CREATE TABLE IF NOT EXISTS versions(type TEXT, id TEXT, version INTEGER, identifier TEXT, body TEXT,"
            " PRIMARY KEY(type, id, version));"
            "CREATE INDEX IF NOT EXISTS by_identifier ON versions(type, identifier);")

    def current(self, kind: str, id_: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT body FROM versions WHERE type=? AND id=? ORDER BY version DESC LIMIT 1",
                                   (kind, id_)).fetchone()
        return json.loads(row[0]) if row else None

    def ids_for(self, kind: str, identifier: str) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute(
                "SELECT DISTINCT id FROM versions WHERE type=? AND identifier=? ORDER BY id", (kind, identifier))]

    def all_current(self, kind: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT body FROM versions v WHERE type=? AND version=(SELECT MAX(version) FROM versions w "
                "WHERE w.type=v.type AND w.id=v.id) ORDER BY id", (kind,)).fetchall()
        return [json.loads(r[0]) for r in rows]

    def version_count(self, kind: str, id_: str) -> int:
        with self._lock:
            row = self._db.execute("SELECT COUNT(*) FROM versions WHERE type=? AND id=?", (kind, id_)).fetchone()
        return int(row[0])

    def save(self, kind: str, id_: str, body: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        with self._lock:
            last = self._db.execute("SELECT MAX(version) FROM versions WHERE type=? AND id=?",
                                    (kind, id_)).fetchone()[0]
            version = (last or 0) + 1
            body = {**body, "id": id_, "meta": {**(body.get("meta") or {}), "versionId": str(version)}}
            self._db.execute("INSERT INTO versions VALUES (?,?,?,?,?)",
                             (kind, id_, version, identifier_of(body), json.dumps(body)))
        return body, version == 1


def identifier_of(body: dict[str, Any]) -> str:
    found = body.get("masterIdentifier") or body.get("identifier") or {}
    if isinstance(found, list):
        found = found[0] if found else {}
    return f"{found.get('system', '')}|{found.get('value', '')}" if found else ""


def outcome(status: int, code: str, text: str) -> JSONResponse:
    return JSONResponse({"resourceType": "OperationOutcome",
                         "issue": [{"severity": "error", "code": code, "diagnostics": text}]},
                        status_code=status, media_type="application/fhir+json")


def build_app(storage_ref: dict[str, Storage], faults: dict[str, Any]) -> FHIRStarter:
    app = FHIRStarter(title="crisisplan test FHIR server")
    provider = FHIRProvider()

    def store() -> Storage:
        return storage_ref["storage"]

    for kind, model in (("Bundle", Bundle), ("DocumentReference", DocumentReference)):
        def make(kind: str = kind, model: Any = model) -> None:
            async def read(context: InteractionContext, id_: str) -> Any:
                found = store().current(kind, id_)
                if found is None:
                    raise FHIRResourceNotFoundError
                return model.model_validate(found)

            async def create(context: InteractionContext, resource: Any) -> Any:
                saved, _ = store().save(kind, str(uuid.uuid4()), json.loads(resource.model_dump_json()))
                return model.model_validate(saved)

            async def update(context: InteractionContext, id_: str, resource: Any) -> Any:
                saved, created = store().save(kind, id_, json.loads(resource.model_dump_json()))
                if created:
                    context.response.status_code = 201
                return model.model_validate(saved)

            provider.read(model)(read)
            provider.create(model)(create)
            provider.update(model)(update)
        make()

    async def search_bundle(context: InteractionContext, identifier: str | None) -> Bundle:
        return _searchset("Bundle", identifier)

    async def search_pointer(context: InteractionContext, identifier: str | None) -> Bundle:
        return _searchset("DocumentReference", identifier)

    def _searchset(kind: str, identifier: str | None) -> Bundle:
        ids = store().ids_for(kind, identifier) if identifier else None
        found = [store().current(kind, i) for i in ids] if ids is not None else store().all_current(kind)
        return Bundle.model_validate({"resourceType": "Bundle", "type": "searchset", "total": len(found),
                                      "entry": [{"resource": r} for r in found if r] or None})

    provider.search_type(Bundle)(search_bundle)
    provider.search_type(DocumentReference)(search_pointer)

    async def conditional_update(request: Request, kind: str) -> JSONResponse:
        if faults.get("status"):
            return outcome(faults["status"], "exception", faults.get("text", "Server failure"))
        identifier = request.query_params.get("identifier")
        if not identifier:
            return outcome(400, "required", "Conditional update needs a search, e.g. ?identifier=system|value")
        try:
            data = json.loads(await request.body())
            MODELS[kind].model_validate(data)  # refuse what the R4B models refuse; store the body as sent
        except (ValueError, ValidationError) as exc:
            return outcome(422, "invalid", f"Not a valid {kind}: {type(exc).__name__}")
        if identifier_of(data) != identifier:
            return outcome(400, "invalid", "The resource's identifier does not match the search")
        matches = store().ids_for(kind, identifier)
        if len(matches) > 1:
            return outcome(412, "multiple-matches", "More than one resource matches the identifier")
        id_ = matches[0] if matches else (data.get("id") or str(uuid.uuid4()))
        saved, created = store().save(kind, id_, data)
        return JSONResponse(saved, status_code=201 if created else 200, media_type="application/fhir+json",
                            headers={"Location": f"/{kind}/{id_}/_history/{saved['meta']['versionId']}"})

    @app.put("/Bundle", include_in_schema=False)
    async def put_bundle(request: Request) -> JSONResponse:
        return await conditional_update(request, "Bundle")

    @app.put("/DocumentReference", include_in_schema=False)
    async def put_pointer(request: Request) -> JSONResponse:
        return await conditional_update(request, "DocumentReference")

    # fhirstarter cannot serialise Binary (its base64 data comes back as bytes), so Binary gets
    # plain routes: update-as-create with the client's id, and read.
    @app.put("/Binary/{id_}", include_in_schema=False)
    async def put_binary(id_: str, request: Request) -> JSONResponse:
        try:
            data = json.loads(Binary.model_validate_json(await request.body()).model_dump_json())
        except (ValueError, ValidationError):
            return outcome(422, "invalid", "Not a valid Binary")
        saved, created = store().save("Binary", id_, data)
        return JSONResponse({k: v for k, v in saved.items() if k != "data"}, status_code=201 if created else 200,
                            media_type="application/fhir+json")

    @app.get("/Binary/{id_}", include_in_schema=False)
    async def get_binary(id_: str) -> JSONResponse:
        found = store().current("Binary", id_)
        return JSONResponse(found, media_type="application/fhir+json") if found else outcome(404, "not-found", "")

    app.add_providers(provider)
    return app


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalFhirServer:
    """The app served on 127.0.0.1:`port`; `stop()` closes the socket, `start()` opens it again."""

    def __init__(self, db_path: Path) -> None:
        self.storage = Storage(db_path)
        self.faults: dict[str, Any] = {}
        self.app = build_app({"storage": self.storage}, self.faults)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="error", lifespan="off",
                                access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test FHIR server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        if self._server and self._thread:
            self._server.should_exit = True
            self._thread.join(timeout=10)
            self._server = self._thread = None
