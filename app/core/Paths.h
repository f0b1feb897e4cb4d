#pragma once

#include <QString>

namespace burgernet {

// Where the console and burgernetctl keep their files by default. Both programs use the
// same folder, so `burgernetctl` works on the register the window shows.
namespace paths {
QString dataDir();                     // ~/.local/share/burgernet-console
QString defaultRegisterPath();         // the embedded SQLite register
QString defaultTrainingRegisterPath(); // training's own register, never the live one
QString defaultAuditLogPath();         // the workstation's audit log
// The key that signs an audit log's checkpoints lives next to it.
QString signingKeyPathFor(const QString& auditLogPath); // format 1's key beside the log
// The workstation's keys (the audit signing key where no keychain answers): in the
// configuration folder, not beside the log, so that who can write the log cannot read them.
QString keysDir();
} // namespace paths

} // namespace burgernet
