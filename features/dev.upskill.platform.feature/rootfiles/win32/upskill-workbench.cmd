@echo off
rem Upskill Workbench, Windows: opens the workbench on %USERPROFILE%\upskill-workspace
rem (or %UPSKILL_WORKSPACE%). See upskill.cmd beside this one.
call "%~dp0upskill.cmd" --workbench %*
