#include "DockerIsolation.h"
