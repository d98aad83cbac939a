package app

import (
	"strings"

	"daymark/data"
)

// DimensionNamed finds a dimension by its name, ignoring case and spaces
// around it, as the command line names them. An unknown name gets a
// sentence listing the dimensions there are.
func DimensionNamed(dims []data.Dimension, name string) (data.Dimension, error) {
	want := strings.ToLower(strings.TrimSpace(name))
	var known []string
	for _, d := range dims {
		if strings.ToLower(d.Name) == want {
			return d, nil
		}
		if !d.Archived {
			known = append(known, "“"+d.Name+"”")
		}
	}
	return data.Dimension{}, data.Errorf(data.ENotFound, "there is no dimension named “%s”: the dimensions are %s", Clip(strings.TrimSpace(name), 40), strings.Join(known, ", "))
}

// DimensionName returns the name of the dimension with id.
func DimensionName(dims []data.Dimension, id int64) string {
	if d := DimensionOf(dims, id); d.ID != 0 {
		return d.Name
	}
	return "(a removed dimension)"
}

// DimensionOf returns the dimension with id, or a zero one.
func DimensionOf(dims []data.Dimension, id int64) data.Dimension {
	for _, d := range dims {
		if d.ID == id {
			return d
		}
	}
	return data.Dimension{}
}
