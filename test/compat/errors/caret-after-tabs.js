// The caret under an uncaught throw keeps the tabs that indent the source line, as Node prints it.
function fail() {
	if (true) {
		throw { tabs: 2 };
	}
}
fail();
