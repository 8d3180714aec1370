def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


'def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


/def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


xdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


;def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


xdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


/def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


/def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


/def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


/def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


xdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


`def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


>def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


>def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


jdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


>def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


0def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


>def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


0def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


<def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


<def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


0def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


>def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


jdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


+def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


0def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


<def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


jdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


<def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


jdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


jdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


jdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


>def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


xdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


0def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


+def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


>def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


0def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


>def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


/def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


xdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


2def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


2def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


2def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


zdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


{def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


}def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


!def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


{def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


+def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


}def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


{def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


}def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


3def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


0def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


↑def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


0def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


↓def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


>def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


2def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


✕def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


·def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


{def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


+def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


}def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


3def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


2def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


0def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


xdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


/def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


xdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


[def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


]def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


gdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


1def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


0def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


*def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


*def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


,def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


/def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


=def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


/def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


{def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


}def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


pdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


odef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


(def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


mdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


/def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


_def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


udef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


sdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


:def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


Adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ydef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


cdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


fdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


-def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


wdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ddef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


tdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


hdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


kdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


rdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ndef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


 def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


vdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


idef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


adef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


bdef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


ldef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


edef _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


.def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


"def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


)def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])



def _add() -> None:
    label = st.session_state.get("_ly_add")
    _set(ls.split_top(_code()) + [ls.ADD_LAYER.get(label, "relu")])


