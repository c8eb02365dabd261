#include "Doctor.h"
