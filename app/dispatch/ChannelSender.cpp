#include "app/dispatch/ChannelSender.h"

// The interface is header-only; this file gives the library a translation unit and checks
// that the header stands alone.
