#pragma once
// Read models for the role workspaces: written by the workstation work.
