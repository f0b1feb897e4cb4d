// Files with personal data and the folders the program makes are for their owner only, whatever
// the umask: checked by stat'ing what the real burgernetctl writes under umask 000.
#include "app/ctl/CtlContext.h"
#include "tests/integration/CtlAccounts.h"
#include "tests/integration/CtlRun.h"
#include "tests/register/ParticipantCsvTestSupport.h"
#include "tests/support/TempDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace burgernet;
using namespace burgernet::test;
using namespace Qt::StringLiterals;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

// The children inherit it: a file made without an explicit mode would be 0666, a folder 0777.
class OpenUmask
{
public:
    OpenUmask()
        : m_old(::umask(0))
    {}
    ~OpenUmask() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

TEST_CASE("Exports, import reports and the data folders are written for their owner only",
          "[register][ctl]")
{
    QTemporaryDir dir;
    const QString home = dir.filePath(u"home"_s);
    const QString data = QDir(home).filePath(u"data/burgernet-console"_s);
    const QString people = dir.filePath(u"people.csv"_s);
    writeFile(people,
              csvText({validRow(1), with(validRow(2), {{"mobile", "020-1234567"}})}).toUtf8());
    // The default register and audit log in the data folder, made by the program itself.
    const QStringList base{u"--db"_s, QDir(data).filePath(u"register.sqlite"_s), u"--audit-log"_s,
                           QDir(data).filePath(u"audit.sqlite"_s)};
    const QString exported = dir.filePath(u"export.csv"_s);
    const QString report = dir.filePath(u"people-report.csv"_s);
    {
        OpenUmask open;
        // The first administrator of the empty register, by the workstation.
        const QString passwordFile = dir.filePath(u"beheer.password"_s);
        writeFile(passwordFile, "beheer-wachtwoord-1\n");
        const CtlRun added = runCtlProcess(base + QStringList{u"user"_s, u"add"_s, u"beheer"_s,
                                                              u"--role"_s, u"administrator"_s,
                                                              u"--password-file"_s, passwordFile},
                                           home);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == ExitOk);
        const QStringList admin{u"--user"_s, u"beheer"_s, u"--password-file"_s, passwordFile};
        const CtlRun imported =
            runCtlProcess(base + admin + QStringList{u"participants"_s, u"import"_s, people}, home);
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == ExitOk);
        const CtlRun exportRun = runCtlProcess(
            base + admin + QStringList{u"participants"_s, u"export"_s, exported}, home);
        INFO(exportRun.err.toStdString());
        REQUIRE(exportRun.exitCode == ExitOk);
    }
    CHECK(modeOf(exported) == 0600);
    CHECK(modeOf(report) == 0600);
    CHECK(modeOf(QDir(data).filePath(u"register.sqlite"_s)) == 0600);
    CHECK(modeOf(QDir(data).filePath(u"audit.sqlite"_s)) == 0600);
    // Every folder the program made on the way, not only the last one.
    CHECK(modeOf(data) == 0700);
    CHECK(modeOf(QDir(home).filePath(u"data"_s)) == 0700);
    CHECK(modeOf(QDir(home).filePath(u"config/Burgernet"_s)) == 0700);
}
