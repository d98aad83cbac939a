// Package dimensionscreen is the Dimensions screen: the person's model of
// leadership, its dimensions renamed, recoloured, reordered, added and
// archived.
//
//	dimensions.go        the screen: the list beside the form of one dimension
package dimensionscreen
