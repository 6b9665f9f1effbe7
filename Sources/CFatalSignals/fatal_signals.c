#include "CFatalSignals.h"
