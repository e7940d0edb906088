"""`crisisplan verifier export DIR`: the phone verifier page and its handout.

Signed in (the usual credentials), it signs a new trust bundle from the store and pins the page to this
organisation's trust root; with `--bundle FILE --root-fingerprint HEX` it packs a bundle made elsewhere
and needs no sign-in."""

from __future__ import annotations

import argparse
from pathlib import Path

from crisisplan.bounded import read_bounded
from crisisplan.cli.context import sign_in
from crisisplan.cli.io import UsageError
from crisisplan.export.trust import MAX_BUNDLE_BYTES
from crisisplan.services.verifier_export import export_verifier


def cmd_verifier(args: argparse.Namespace) -> int:
    if (args.bundle is None) != (args.root_fingerprint is None):
        raise UsageError("give both --bundle and --root-fingerprint, or neither (then the store's own are used)")
    if args.bundle is None:
        from crisisplan.services.verifier_export import export_from_store

        with sign_in(args) as session:
            result = export_from_store(session, Path(args.dir), args.url)
    else:
        try:
            bundle_text = read_bounded(Path(args.bundle), MAX_BUNDLE_BYTES).decode("utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read the trust bundle: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise UsageError("the trust bundle is not UTF-8 text") from None
        result = export_verifier(args.root_fingerprint, bundle_text, args.url, Path(args.dir),
                                 police_restriction=args.police_restriction)
    print(f"Wrote the phone verifier to {args.dir}: {result.page.name} (trust list no. {result.sequence}, "
          f"{result.issued_at[:10]}) and {result.handout.name}.")
    print(f"Publish every file in {args.dir} at {args.url.rsplit('/', 1)[0]}/ and hand out {result.handout.name}.")
    return 0
