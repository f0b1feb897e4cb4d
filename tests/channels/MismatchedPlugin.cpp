// A plugin built for an older sender interface, for the test that proves such plugins are
// refused before any of their code runs. Not installed.
#include <QObject>
#include <QtPlugin>

class MismatchedSenderPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "nl.burgernet.console.ChannelSenderPlugin/1")
};

#include "MismatchedPlugin.moc"
