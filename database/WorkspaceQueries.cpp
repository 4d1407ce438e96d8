#include "WorkspaceQueries.h"
