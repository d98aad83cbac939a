module daymark

go 1.24.0

require github.com/mattn/go-sqlite3 v1.14.53

require (
	github.com/golang/freetype v0.0.0-20170609003504-e2365dfdc4a0 // indirect
	github.com/wcharczuk/go-chart/v2 v2.1.2 // indirect
	golang.org/x/image v0.18.0 // indirect
)
