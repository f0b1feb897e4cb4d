// The Catch2 main of every test executable: a QApplication on the offscreen platform, so that
// widget tests run without a display, and Qt's test mode for standard paths, so that no test
// touches the user's real settings or data.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Burgernet-tests"));
    QApplication::setApplicationName(QStringLiteral("burgernet-tests"));
    return Catch::Session().run(argc, argv);
}
