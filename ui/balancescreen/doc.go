// Package balancescreen is the Balance screen: over a range of days, the
// minutes of each dimension planned and actual against its target, the
// focus highlighted, the charts of the range, and the editors of the
// targets and the focus.
//
//	balance.go           the screen: the range, the figures, the charts
//	balancetargets.go    the targets' and the focus's editors, their dated versions
//	balancechartsave.go  saving a chart as a PNG
package balancescreen
