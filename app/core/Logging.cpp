#include "app/core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "burgernet.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "burgernet.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGeo, "burgernet.geo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "burgernet.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDispatch, "burgernet.dispatch", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChannels, "burgernet.channels", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "burgernet.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "burgernet.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCtl, "burgernet.ctl", QtInfoMsg)
