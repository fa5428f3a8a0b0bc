//! Mutation execution: creates, updates, upserts, deletes and every nested operation.

use super::*;

impl Engine<'_> {
    pub(crate) fn resolve_unique(&mut self, _model: ModelId, _selector: &WhereUnique) -> Result<Id, EngineError> {
        todo!()
    }
    pub(crate) fn create_node(&mut self, _model: ModelId, _data: &CreateInput) -> Result<Id, EngineError> {
        todo!()
    }
    pub(crate) fn update_node(&mut self, _model: ModelId, _id: &str, _data: &UpdateInput, _top: bool) -> Result<(), EngineError> {
        todo!()
    }
    pub(crate) fn upsert_node(&mut self, _model: ModelId, _s: &WhereUnique, _c: &CreateInput, _u: &UpdateInput) -> Result<Id, EngineError> {
        todo!()
    }
    pub(crate) fn delete_nodes(&mut self, _model: ModelId, _ids: &[Id]) -> Result<Vec<Node>, EngineError> {
        todo!()
    }
    pub(crate) fn update_many_nodes(&mut self, _model: ModelId, _f: &Filter, _d: &UpdateInput) -> Result<usize, EngineError> {
        todo!()
    }
    pub(crate) fn delete_many_nodes(&mut self, _model: ModelId, _f: &Filter) -> Result<usize, EngineError> {
        todo!()
    }
}
