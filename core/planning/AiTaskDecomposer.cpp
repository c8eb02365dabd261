#include "AiTaskDecomposer.h"
