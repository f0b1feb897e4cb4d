// Files with personal data are their owner's only; XML from outside declares no entities.
#include "app/audit/AuditLog.h"
#include "app/core/Clock.h"
#include "app/core/SafeXml.h"
#include "app/storage/Database.h"
#include "tests/support/FakeClock.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

// The file's mode bits (rwx for owner, group, others), e.g. 0600.
unsigned modeOf(const QString& path)
{
    struct stat st
    {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 0777u;
}

// Runs with a permissive umask, as a badly set-up account would have: the modes must come
// from the program, not from the umask.
struct PermissiveUmask
{
    mode_t saved = ::umask(0);
    ~PermissiveUmask() { ::umask(saved); }
};

} // namespace

TEST_CASE("The register and the audit log are created readable by their owner only",
          "[security][files]")
{
    PermissiveUmask umask;
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"new-folder"_s);
    const QString registerPath = folder + u"/register.sqlite"_s;
    {
        auto db = Database::open(DatabaseSpec::sqlite(registerPath));
        REQUIRE(db.ok());
        // Write something so that the WAL and shared-memory files exist.
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(u"INSERT INTO meta (key, value) VALUES ('x', 'y')"_s));
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            INFO((registerPath + suffix).toStdString());
            REQUIRE(QFileInfo::exists(registerPath + suffix)); // WAL: all three while open
            CHECK(modeOf(registerPath + suffix) == 0600u);
        }
        CHECK(modeOf(folder) == 0700u);
    }

    test::FakeClock clock;
    AuditLog::Options options;
    options.path = dir.filePath(u"audit/audit.sqlite"_s);
    options.keyPath = dir.filePath(u"audit/audit-signing.key"_s);
    options.workstation = u"ws"_s;
    auto log = AuditLog::open(options, clock);
    REQUIRE(log.ok());
    REQUIRE(
        (*log)
            ->append(AuditEvent{
                u"u"_s, u"dispatcher"_s, {}, u"test.event"_s, u"t"_s, u"1"_s, AuditResult::Ok, {}})
            .ok());
    for (const QString& path : {options.path, options.keyPath, options.path + u"-wal"_s}) {
        INFO(path.toStdString());
        REQUIRE(QFileInfo::exists(path));
        CHECK(modeOf(path) == 0600u);
    }
}

TEST_CASE("XML with external entities is refused and never resolved", "[security][xml]")
{
    QTemporaryDir dir;
    const QString secretPath = dir.filePath(u"secret.txt"_s);
    {
        QFile secret(secretPath);
        REQUIRE(secret.open(QIODevice::WriteOnly));
        secret.write("TOP-SECRET-CONTENT");
    }
    const QByteArray xxe = "<?xml version=\"1.0\"?>\n"
                           "<!DOCTYPE alert [<!ENTITY xxe SYSTEM \"file://" +
                           QFile::encodeName(secretPath) +
                           "\">]>\n"
                           "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">"
                           "<identifier>&xxe;</identifier></alert>";
    const Status checked = SafeXml::check(xxe);
    CHECK_FALSE(checked.ok());
    CHECK(checked.errorMessage().contains(u"DTD"_s));

    // Reading it token by token the safe way: an error, and the file's content never appears.
    QXmlStreamReader reader(xxe);
    SafeXml::harden(reader);
    QString text;
    while (!reader.atEnd() && !reader.hasError()) {
        SafeXml::readNext(reader);
        if (reader.isCharacters())
            text += reader.text();
    }
    CHECK(reader.hasError());
    CHECK_FALSE(text.contains(u"TOP-SECRET"_s));

    // Internal entities ("billion laughs") are refused as well.
    const QByteArray laughs = "<!DOCTYPE l [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                              "<l>&b;</l>";
    CHECK_FALSE(SafeXml::check(laughs).ok());
    // An undeclared entity reference too.
    CHECK_FALSE(SafeXml::check("<a>&xxe;</a>").ok());
    // Plain XML, the standard entities and character references are fine.
    CHECK(SafeXml::check("<alert><note>a &amp; b &lt; c &#233;</note></alert>").ok());
}
