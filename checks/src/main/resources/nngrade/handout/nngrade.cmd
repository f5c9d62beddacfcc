@echo off
rem nngrade for students on Windows: needs only a JDK 17 (java on the PATH).
java -XX:TieredStopAtLevel=1 -Dnngrade.home="%~dp0." -jar "%~dp0lib\nngrade.jar" %*
