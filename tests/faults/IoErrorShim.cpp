/* A SQLite VFS that fails from the Nth write or sync on, as SQLite's own ioerr tests do:
 * preloaded (LD_PRELOAD) into the real burgernetctl, it wraps the default VFS and becomes the
 * default itself, so the program runs unchanged. Set by the environment:
 *   BURGERNET_IOERR_AT    N (1 = the first); unset or 0: never fail
 *   BURGERNET_IOERR_KIND  "write" or "sync"
 *   BURGERNET_IOERR_FILE  only files whose path contains this (e.g. "training.sqlite")
 * Once failed, every later write or sync of that kind to those files fails too (a disk that went
 * bad), so the program has to notice, not merely retry. */
#include <cstdlib>
#include <cstring>
#include <sqlite3.h>

static sqlite3_vfs* g_base;
static sqlite3_vfs g_shim;
static long g_at, g_count;
static int g_sync;
static const char* g_file;

typedef struct ShimFile
{
    sqlite3_file base; /* must be first */
    sqlite3_file* real;
    int watched;
} ShimFile;

static int failNow(ShimFile* f, int isSync)
{
    if (!f->watched || g_at <= 0 || isSync != g_sync)
        return 0;
    return ++g_count >= g_at;
}

static int shimClose(sqlite3_file* p)
{
    ShimFile* f = (ShimFile*)p;
    int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    sqlite3_free(f->real);
    return rc;
}
static int shimRead(sqlite3_file* p, void* b, int n, sqlite3_int64 o)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xRead(f->real, b, n, o);
}
static int shimWrite(sqlite3_file* p, const void* b, int n, sqlite3_int64 o)
{
    ShimFile* f = (ShimFile*)p;
    if (failNow(f, 0))
        return SQLITE_IOERR_WRITE;
    return f->real->pMethods->xWrite(f->real, b, n, o);
}
static int shimTruncate(sqlite3_file* p, sqlite3_int64 s)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xTruncate(f->real, s);
}
static int shimSync(sqlite3_file* p, int flags)
{
    ShimFile* f = (ShimFile*)p;
    if (failNow(f, 1))
        return SQLITE_IOERR_FSYNC;
    return f->real->pMethods->xSync(f->real, flags);
}
static int shimFileSize(sqlite3_file* p, sqlite3_int64* s)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xFileSize(f->real, s);
}
static int shimLock(sqlite3_file* p, int l)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xLock(f->real, l);
}
static int shimUnlock(sqlite3_file* p, int l)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xUnlock(f->real, l);
}
static int shimCheckReservedLock(sqlite3_file* p, int* r)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xCheckReservedLock(f->real, r);
}
static int shimFileControl(sqlite3_file* p, int op, void* a)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xFileControl(f->real, op, a);
}
static int shimSectorSize(sqlite3_file* p)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xSectorSize(f->real);
}
static int shimDeviceCharacteristics(sqlite3_file* p)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xDeviceCharacteristics(f->real);
}
static int shimShmMap(sqlite3_file* p, int i, int s, int e, void volatile** pp)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xShmMap(f->real, i, s, e, pp);
}
static int shimShmLock(sqlite3_file* p, int o, int n, int fl)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xShmLock(f->real, o, n, fl);
}
static void shimShmBarrier(sqlite3_file* p)
{
    ShimFile* f = (ShimFile*)p;
    f->real->pMethods->xShmBarrier(f->real);
}
static int shimShmUnmap(sqlite3_file* p, int d)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xShmUnmap(f->real, d);
}
static int shimFetch(sqlite3_file* p, sqlite3_int64 o, int n, void** pp)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xFetch(f->real, o, n, pp);
}
static int shimUnfetch(sqlite3_file* p, sqlite3_int64 o, void* pp)
{
    ShimFile* f = (ShimFile*)p;
    return f->real->pMethods->xUnfetch(f->real, o, pp);
}

static const sqlite3_io_methods g_methods = {3,
                                             shimClose,
                                             shimRead,
                                             shimWrite,
                                             shimTruncate,
                                             shimSync,
                                             shimFileSize,
                                             shimLock,
                                             shimUnlock,
                                             shimCheckReservedLock,
                                             shimFileControl,
                                             shimSectorSize,
                                             shimDeviceCharacteristics,
                                             shimShmMap,
                                             shimShmLock,
                                             shimShmBarrier,
                                             shimShmUnmap,
                                             shimFetch,
                                             shimUnfetch};

static int shimOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* p, int flags, int* out)
{
    (void)vfs;
    ShimFile* f = (ShimFile*)p;
    f->real = (sqlite3_file*)sqlite3_malloc(g_base->szOsFile);
    if (!f->real)
        return SQLITE_NOMEM;
    memset(f->real, 0, (size_t)g_base->szOsFile);
    int rc = g_base->xOpen(g_base, name, f->real, flags, out);
    if (rc != SQLITE_OK) {
        sqlite3_free(f->real);
        f->real = 0;
        p->pMethods = 0;
        return rc;
    }
    f->watched = name && g_file && strstr(name, g_file) != 0;
    p->pMethods = &g_methods;
    return SQLITE_OK;
}

static int shimDelete(sqlite3_vfs* v, const char* n, int s)
{
    (void)v;
    return g_base->xDelete(g_base, n, s);
}
static int shimAccess(sqlite3_vfs* v, const char* n, int fl, int* r)
{
    (void)v;
    return g_base->xAccess(g_base, n, fl, r);
}
static int shimFullPathname(sqlite3_vfs* v, const char* n, int sz, char* o)
{
    (void)v;
    return g_base->xFullPathname(g_base, n, sz, o);
}
static void* shimDlOpen(sqlite3_vfs* v, const char* n)
{
    (void)v;
    return g_base->xDlOpen(g_base, n);
}
static void shimDlError(sqlite3_vfs* v, int n, char* m)
{
    (void)v;
    g_base->xDlError(g_base, n, m);
}
static void (*shimDlSym(sqlite3_vfs* v, void* h, const char* s))(void)
{
    (void)v;
    return g_base->xDlSym(g_base, h, s);
}
static void shimDlClose(sqlite3_vfs* v, void* h)
{
    (void)v;
    g_base->xDlClose(g_base, h);
}
static int shimRandomness(sqlite3_vfs* v, int n, char* o)
{
    (void)v;
    return g_base->xRandomness(g_base, n, o);
}
static int shimSleep(sqlite3_vfs* v, int us)
{
    (void)v;
    return g_base->xSleep(g_base, us);
}
static int shimCurrentTime(sqlite3_vfs* v, double* t)
{
    (void)v;
    return g_base->xCurrentTime(g_base, t);
}
static int shimGetLastError(sqlite3_vfs* v, int n, char* m)
{
    (void)v;
    return g_base->xGetLastError ? g_base->xGetLastError(g_base, n, m) : 0;
}
static int shimCurrentTimeInt64(sqlite3_vfs* v, sqlite3_int64* t)
{
    (void)v;
    return g_base->xCurrentTimeInt64(g_base, t);
}

__attribute__((constructor)) static void install(void)
{
    const char* at = getenv("BURGERNET_IOERR_AT");
    const char* kind = getenv("BURGERNET_IOERR_KIND");
    g_at = at ? atol(at) : 0;
    g_sync = kind && strcmp(kind, "sync") == 0;
    g_file = getenv("BURGERNET_IOERR_FILE");
    g_base = sqlite3_vfs_find(0);
    if (!g_base)
        return;
    g_shim.iVersion = 2;
    g_shim.szOsFile = (int)sizeof(ShimFile);
    g_shim.mxPathname = g_base->mxPathname;
    g_shim.zName = "burgernet-ioerr";
    g_shim.xOpen = shimOpen;
    g_shim.xDelete = shimDelete;
    g_shim.xAccess = shimAccess;
    g_shim.xFullPathname = shimFullPathname;
    g_shim.xDlOpen = shimDlOpen;
    g_shim.xDlError = shimDlError;
    g_shim.xDlSym = shimDlSym;
    g_shim.xDlClose = shimDlClose;
    g_shim.xRandomness = shimRandomness;
    g_shim.xSleep = shimSleep;
    g_shim.xCurrentTime = shimCurrentTime;
    g_shim.xGetLastError = shimGetLastError;
    g_shim.xCurrentTimeInt64 = shimCurrentTimeInt64;
    sqlite3_vfs_register(&g_shim, 1);
}
