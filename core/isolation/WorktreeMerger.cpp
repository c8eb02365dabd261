#include "WorktreeMerger.h"
