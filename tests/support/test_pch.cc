// test_pch.cc: the program that builds the test programs' shared precompiled
// header (tests/CMakeLists.txt lists what it holds). An executable like the
// tests, so that the header is compiled with their code-generation flags; it
// does nothing.
int main() { return 0; }
