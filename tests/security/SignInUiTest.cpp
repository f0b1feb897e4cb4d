// The sign-in screens and the idle lock, offscreen.
#include "app/core/Settings.h"
#include "app/core/SettingsKeys.h"
#include "app/register/DemoPopulation.h"
#include "app/security/SignInService.h"
#include "app/services/SettingsService.h"
#include "tests/security/SecurityTestSupport.h"
#include "tests/support/PolicyForTests.h"
#include "ui/MainWindow.h"
#include "ui/security/FirstAdministratorDialog.h"
#include "ui/security/IdleWatcher.h"
#include "ui/security/LockPanel.h"
#include "ui/security/SignInDialog.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace burgernet;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"right-password-1"_s;

SignInPolicy quickPolicy()
{
    SignInPolicy p;
    p.firstDelayMs = 0;
    p.maxFailures = 3;
    return p;
}

struct WindowFixture
{
    test::AccountsFixture f;
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings = Settings::atFile(dir.filePath(u"s.ini"_s));
    std::unique_ptr<AuditService> audit;
    std::unique_ptr<SettingsService> settingsService;
    std::unique_ptr<SignInService> signIn;

    explicit WindowFixture(Role role, Mode mode = Mode::Live)
    {
        REQUIRE(DemoPopulation::generate(*f.db, 60, 2).ok());
        const QString municipality = role == Role::MunicipalEditor ? u"Utrecht"_s : QString();
        f.addUser(u"jan"_s, role, kPassword, municipality);
        test::setPolicy(*f.db, PolicyKey::IdleLockMinutes, 10);
        audit = std::make_unique<AuditService>(f.audit.log(),
                                               test::sessionAs(u"jan"_s, role, mode, municipality));
        settingsService = std::make_unique<SettingsService>(*settings, *audit, f.db.get());
        signIn = std::make_unique<SignInService>(*f.db, *audit, f.audit.clock(), quickPolicy(),
                                                 PasswordHasher::minimum());
    }
    std::unique_ptr<MainWindow> window(Mode mode = Mode::Live)
    {
        return std::make_unique<MainWindow>(ConsoleServices{
            *settings, *f.db, f.audit.clock(), *audit, *settingsService, mode, signIn.get()});
    }
};

QDockWidget* dock(MainWindow& w, const QString& name)
{
    return w.findChild<QDockWidget*>(name);
}

} // namespace

TEST_CASE("The sign-in dialog lets in the right password only, in the chosen mode",
          "[ui][security]")
{
    test::AccountsFixture f;
    f.addUser(u"jan"_s, Role::Dispatcher, kPassword);
    SignInPolicy p;
    p.firstDelayMs = 5000;
    SignInService signIn(*f.db, *f.workstation, f.audit.clock(), p, PasswordHasher::minimum());
    SignInDialog dialog(signIn, u"mk-west-07"_s, Mode::Live);
    auto* user = dialog.findChild<QLineEdit*>(u"signInUser"_s);
    auto* password = dialog.findChild<QLineEdit*>(u"signInPassword"_s);
    auto* button = dialog.findChild<QPushButton*>(u"signInButton"_s);
    auto* training = dialog.findChild<QRadioButton*>(u"signInTraining"_s);
    auto* banner = dialog.findChild<QLabel*>(u"signInModeBanner"_s);
    auto* message = dialog.findChild<QLabel*>(u"signInMessage"_s);
    REQUIRE((user && password && button && training && banner && message));
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(banner->text() == u"LIVE"_s);

    user->setText(u"jan"_s);
    password->setText(u"wrong-password"_s);
    CHECK_FALSE(dialog.trySignIn());
    CHECK_FALSE(message->text().isEmpty());
    CHECK(password->text().isEmpty());
    CHECK_FALSE(button->isEnabled()); // the wait the service asked for

    // Training looks different from the first screen on.
    training->setChecked(true);
    CHECK(banner->text() == u"TRAINING"_s);
    CHECK(dialog.styleSheet().contains(u"border"_s));

    f.audit.clock().advance(5000);
    password->setText(kPassword);
    REQUIRE(dialog.trySignIn());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.session().user == u"jan"_s);
    CHECK(dialog.session().role == Role::Dispatcher);
    CHECK(dialog.session().mode == Mode::Training);
    CHECK(dialog.session().workstation == u"mk-west-07"_s);
}

TEST_CASE("The first start of a register without accounts creates the administrator",
          "[ui][security]")
{
    test::AccountsFixture f;
    FirstAdministratorDialog dialog(*f.users);
    dialog.findChild<QLineEdit*>(u"firstAdminUser"_s)->setText(u"Beheer"_s);
    dialog.findChild<QLineEdit*>(u"firstAdminPassword"_s)->setText(u"first-password"_s);
    dialog.findChild<QLineEdit*>(u"firstAdminRepeat"_s)->setText(u"first-passwrd"_s);
    CHECK_FALSE(dialog.tryCreate());
    CHECK_FALSE(*f.users->hasAccounts());
    dialog.findChild<QLineEdit*>(u"firstAdminRepeat"_s)->setText(u"first-password"_s);
    REQUIRE(dialog.tryCreate());
    auto list = f.users->list();
    REQUIRE(list->size() == 1);
    CHECK(list->front().name == u"beheer"_s);
    CHECK(list->front().role == Role::Administrator);
}

TEST_CASE("The status bar names the user and role, docks follow the role", "[ui][security]")
{
    {
        WindowFixture w(Role::Dispatcher);
        auto window = w.window();
        auto* label = window->findChild<QLabel*>(u"userStatus"_s);
        REQUIRE(label);
        CHECK(label->text() == u"jan — Dispatcher"_s);
        CHECK(window->auditDock() == nullptr); // a dispatcher does not review the log
        CHECK(window->findChild<QWidget*>(u"participantSearch"_s) != nullptr);
    }
    {
        WindowFixture w(Role::MunicipalEditor);
        auto window = w.window();
        CHECK(window->findChild<QLabel*>(u"userStatus"_s)->text().contains(u"Utrecht"_s));
        // No register for a municipal editor: the dock says so instead.
        CHECK(window->findChild<QWidget*>(u"participantSearch"_s) == nullptr);
    }
    {
        WindowFixture w(Role::Supervisor);
        auto window = w.window();
        CHECK(window->auditDock() != nullptr);
    }
}

TEST_CASE("After the idle time the window locks, hides personal data and wants the password",
          "[ui][security]")
{
    WindowFixture w(Role::Supervisor);
    auto window = w.window();
    window->resize(1200, 800);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    QDockWidget* participants = dock(*window, u"participantsDock"_s);
    REQUIRE(participants);
    REQUIRE(participants->isVisible());

    // Input keeps it open; quiet for the idle time locks it.
    w.f.audit.clock().advance(9 * 60'000);
    QTest::mouseMove(window.get(), QPoint(100, 100));
    QTest::keyClick(window->findChild<QWidget*>(u"participantSearch"_s), Qt::Key_A);
    w.f.audit.clock().advance(9 * 60'000);
    window->idleWatcher()->check();
    CHECK_FALSE(window->isLocked());
    w.f.audit.clock().advance(60'001);
    window->idleWatcher()->check();
    REQUIRE(window->isLocked());
    CHECK_FALSE(participants->isVisible());
    CHECK_FALSE(window->menuBar()->isEnabled());
    auto* stack = window->findChild<QStackedWidget*>(u"centreStack"_s);
    CHECK(stack->currentWidget() == window->lockPanel());
    CHECK(window->lockPanel()->isVisible());

    // A wrong password keeps it locked; the right one brings back what was there.
    auto* field = window->lockPanel()->passwordField();
    field->setText(u"wrong-password"_s);
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(window->isLocked());
    CHECK_FALSE(window->findChild<QLabel*>(u"lockMessage"_s)->text().isEmpty());
    CHECK(window->unlock(kPassword));
    CHECK_FALSE(window->isLocked());
    CHECK(participants->isVisible());
    CHECK(window->menuBar()->isEnabled());
    CHECK(stack->currentIndex() == 0);

    // The lock and the re-authentication are recorded.
    CHECK(w.f.records(u"session.lock"_s).size() == 1);
    CHECK(w.f.records(u"user.reauth"_s).size() == 2);

    // The watch resumes after unlocking.
    w.f.audit.clock().advance(10 * 60'000 + 1);
    window->idleWatcher()->check();
    CHECK(window->isLocked());
}

TEST_CASE("Too many wrong passwords at the lock sign the user out", "[ui][security]")
{
    WindowFixture w(Role::Dispatcher);
    auto window = w.window();
    window->show();
    window->lock();
    REQUIRE(window->isLocked());
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(window->unlock(u"wrong-password"_s));
    CHECK(window->signedOut());
}

TEST_CASE("The idle time is the register's, and only training may switch the lock off",
          "[ui][security]")
{
    {
        // Written into the register by hand: live mode takes its default instead.
        WindowFixture w(Role::Dispatcher);
        test::setPolicy(*w.f.db, PolicyKey::IdleLockMinutes, 0);
        auto window = w.window();
        CHECK(window->idleWatcher()->idleMs() == 10 * 60'000);
        w.f.audit.clock().advance(24 * 3600'000LL);
        window->idleWatcher()->check();
        CHECK(window->isLocked());
    }
    {
        WindowFixture w(Role::Trainer, Mode::Training);
        test::setPolicy(*w.f.db, PolicyKey::IdleLockMinutes, 0);
        auto window = w.window(Mode::Training);
        w.f.audit.clock().advance(24 * 3600'000LL);
        window->idleWatcher()->check();
        CHECK_FALSE(window->isLocked());
    }
    {
        WindowFixture w(Role::Dispatcher);
        test::setPolicy(*w.f.db, PolicyKey::IdleLockMinutes, 3);
        auto window = w.window();
        CHECK(window->idleWatcher()->idleMs() == 3 * 60'000);
    }
}

namespace {

struct ConsoleRun
{
    int exitCode = -1;
    QString err;
};

ConsoleRun runConsole(const QStringList& args, const QString& home)
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"BURGERNET_USER"_s);
    env.remove(u"BURGERNET_PASSWORD_FILE"_s);
    console.setProcessEnvironment(env);
    console.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernet-console"), args);
    REQUIRE(console.waitForFinished(60'000));
    return {console.exitCode(), QString::fromUtf8(console.readAllStandardError())};
}

} // namespace

TEST_CASE("A scripted console run signs in with --user and --password-file only",
          "[ui][security][process]")
{
    QTemporaryDir home;
    const QString db = home.filePath(u"own.sqlite"_s);
    const QString png = home.filePath(u"shot.png"_s);
    // A register of one's own has no accounts: without a screen nobody can create one.
    ConsoleRun run = runConsole({u"--db"_s, db, u"--screenshot"_s, png}, home.path());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"no accounts"_s));
    CHECK_FALSE(QFileInfo::exists(png));

    // After burgernetctl added one, --user with a password file signs in.
    QFile pw(home.filePath(u"pw"_s));
    REQUIRE(pw.open(QIODevice::WriteOnly));
    pw.write("chef-password-1\n");
    pw.close();
    // Its administrator first (the one account anybody may add to an empty register), who adds
    // the supervisor.
    const QStringList base{u"--db"_s, db, u"--audit-log"_s,
                           home.filePath(u"data/burgernet-console/audit.sqlite"_s)};
    for (const QStringList& args :
         {base + QStringList{u"user"_s, u"add"_s, u"beheer"_s, u"--role"_s, u"administrator"_s,
                             u"--password-file"_s, pw.fileName()},
          base + QStringList{u"--user"_s, u"beheer"_s, u"--password-file"_s, pw.fileName(),
                             u"user"_s, u"add"_s, u"chef"_s, u"--role"_s, u"supervisor"_s,
                             u"--password-file"_s, pw.fileName()}}) {
        QProcess ctl;
        ctl.start(QStringLiteral(BURGERNET_BIN_DIR "/burgernetctl"), args);
        REQUIRE(ctl.waitForFinished(30'000));
        INFO(ctl.readAllStandardError().toStdString());
        REQUIRE(ctl.exitCode() == 0);
    }
    run = runConsole({u"--db"_s, db, u"--screenshot"_s, png}, home.path());
    CHECK(run.exitCode == 1); // no demo accounts: --user is needed
    CHECK(run.err.contains(u"--user"_s));
    run = runConsole({u"--db"_s, db, u"--user"_s, u"chef"_s, u"--screenshot"_s, png}, home.path());
    CHECK(run.exitCode == 2); // a password file is required, never a password argument
    run = runConsole({u"--db"_s, db, u"--user"_s, u"chef"_s, u"--password-file"_s, pw.fileName(),
                      u"--screenshot"_s, png},
                     home.path());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo::exists(png));
}
