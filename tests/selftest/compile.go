// compile

// Fixture for tests/run.py --selftest: a program `golite check` must accept silently.
package main

func main() {}
