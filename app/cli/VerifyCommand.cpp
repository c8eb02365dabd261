#include "VerifyCommand.h"
