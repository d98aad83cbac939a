package document

// What the tests outside the package (package document_test, which
// builds its databases through app and its rooms) see of its inside.
var (
	ListsSince = listsSince
	Neutral    = neutral
)
