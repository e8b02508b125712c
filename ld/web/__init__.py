"""Linked data on the web, over a published dist/ folder (``ldpub serve``, ``ldpub site``).

* :mod:`ld.web.publication`: the dump loaded once into a pyoxigraph store; resources and their RDF.
* :mod:`ld.web.negotiation`: content negotiation and the formats offered (from :mod:`ld.formats`).
* :mod:`ld.web.pages` gathers each HTML page's data; :mod:`ld.web.html` renders it.
* :mod:`ld.web.app`: the WSGI application (routing, caching, downloads); :mod:`ld.web.response`.
* :mod:`ld.web.sparql`: the SPARQL 1.1 Protocol endpoint and its pool of query worker processes.
* :mod:`ld.web.routes`: retired IRIs (301, 410) and :mod:`ld.web.reconciliation` (``/reconcile``).
* :mod:`ld.web.server`: waitress with its limits, and the reload after a rebuild of dist/.
* :mod:`ld.web.static`: the same pages and files as a static site, with an example ``.htaccess``.

Nothing in the build pipeline imports this package (``tests/test_architecture.py``).
"""
