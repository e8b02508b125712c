"""Wikidata: :mod:`~ld.wikidata.client` (a polite, caching client of the Wikidata API and readers of
its entity JSON), :mod:`~ld.wikidata.reconcile` (candidates, ``ldpub accept``) and
:mod:`~ld.wikidata.refresh` (merged, deleted and reclassified items; the release's drift audit).
The defaults below are here, not in the client, so that the command line reads them without
importing ``requests``."""

DEFAULT_ENDPOINT = "https://www.wikidata.org/w/api.php"
DEFAULT_CACHE = ".cache/wikidata"  # the answers of `ldpub reconcile` and `refresh`, read again by a release
