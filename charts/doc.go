// Package charts draws Daymark's figures with go-chart: plain values in
// (labels, minutes, colours, a size and a theme), an image out. The same
// functions paint the screen, the PNG exports and the coaching brief.
//
// It imports no other package of the project and nothing of Fyne: a chart
// never knows where its numbers come from.
package charts
