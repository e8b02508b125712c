"""Worker processes that die with the build: a process pool whose workers the kernel kills when the
build process ends, however it ends (Linux ``PR_SET_PDEATHSIG``), and which is killed, not drained,
when the build stops on an error or a signal. The build's document jobs and its dump writer run in it."""

from __future__ import annotations

import ctypes
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from ld.errors import termination_deferred


def _die_with(parent: int) -> None:
    """A worker ends when the build process ends, however it ends (even by SIGKILL): the kernel sends
    it SIGKILL when its parent dies (Linux PR_SET_PDEATHSIG); if the parent died before that was
    set, it ends now. Elsewhere a worker ends at its next task, when the pool's pipe breaks."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the build's own handler (see ld.cli)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:
        os._exit(1)


def _init(parent: int, initializer, initargs: tuple) -> None:
    _die_with(parent)
    if initializer:
        initializer(*initargs)


@contextmanager
def pool(workers: int, initializer=None, initargs=()):
    """A pool of worker processes that die with this one, and are killed, not waited for, when the
    build stops on an error or a signal (``ProcessPoolExecutor`` would finish every queued task)."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init,
                               initargs=(os.getpid(), initializer, initargs))
    try:
        # the workers are forked at the first task: a SIGTERM then would be raised inside the fork's hooks
        # (logging's), printed as an ignored exception and lost; it waits until the forks are done
        with termination_deferred():
            pool.submit(int)
        yield pool
    except BaseException:
        processes = list((pool._processes or {}).values())  # no public way before Python 3.14's kill_workers
        for process in processes:
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.join()
        raise
    pool.shutdown()
